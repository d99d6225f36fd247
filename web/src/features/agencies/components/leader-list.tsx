import type { SiteLanguage } from '@thads/content';
import { SAFE_IMAGE, safeUrl } from '../../../lib/safe-url';
import { TEXTS } from '../texts';
import type { LeaderView } from '../translation';
import { TranslatedText } from './translated';

/** The agency's leadership in its order: photo (with its text alternative), name, position and responsibilities. */
export function LeaderList({ leaders, language }: { leaders: LeaderView[]; language: SiteLanguage }) {
  const texts = TEXTS[language];
  if (leaders.length === 0) return <p className="notice">{texts.noLeaders}</p>;
  return (
    <ul className="leader-list">
      {leaders.map((leader) => {
        const photo = leader.photo && safeUrl(leader.photo.url, SAFE_IMAGE) ? leader.photo : null;
        return (
          <li key={leader.documentId} className="leader">
            {photo ? (
              <img
                className="leader__photo"
                src={photo.url}
                alt={photo.alternativeText?.trim() || texts.photoOf(leader.name)}
                width={96}
                height={96}
                loading="lazy"
              />
            ) : null}
            <div>
              <h3 className="leader__name">
                <span lang="vi">{leader.name}</span>
                {leader.isSample ? <span className="badge">{texts.sample}</span> : null}
              </h3>
              {leader.position ? (
                <p className="leader__position">
                  <TranslatedText shown={leader.position} language={language} />
                </p>
              ) : null}
              {leader.responsibilities ? (
                <p>
                  <TranslatedText shown={leader.responsibilities} language={language} />
                </p>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
