import type { SiteLanguage } from '@thads/content';
import { TEXTS } from '../texts';
import type { UnitView } from '../translation';
import { communesOf } from '../ward-lookup';
import { ContactFacts, mapHref } from './contact-facts';
import { TranslatedText } from './translated';

/** The anchor of a unit on its agency's contact page (the ward lookup links to it). */
export const unitAnchor = (documentId: string) => `don-vi-${documentId}`;

/**
 * One office on the contact page: how to reach it, who heads it, the communes and wards it serves, and a link to its
 * place on OpenStreetMap.
 */
export function UnitCard({ unit, language }: { unit: UnitView; language: SiteLanguage }) {
  const texts = TEXTS[language];
  const map = mapHref(unit.mapUrl);
  const communes = communesOf(unit.communes);
  const id = unitAnchor(unit.documentId);
  return (
    <article className="unit-card" id={id} aria-labelledby={`${id}-ten`} tabIndex={-1}>
      <h3 id={`${id}-ten`} className="unit-card__name">
        <TranslatedText shown={unit.name} language={language} note={false} />
        {unit.isSample ? <span className="badge unit-card__sample">{texts.sample}</span> : null}
      </h3>
      <ContactFacts
        language={language}
        contacts={{
          area: unit.area,
          address: unit.address,
          phone: unit.phone,
          email: unit.email,
          hours: unit.hours,
          head: unit.headName ? { name: unit.headName, title: unit.headTitle } : null,
        }}
      />
      {communes.length > 0 ? (
        <details className="unit-card__communes">
          <summary>
            {texts.communes} ({communes.length})
          </summary>
          <ul lang="vi">
            {communes.map((commune) => (
              <li key={commune}>{commune}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {map ? (
        <p>
          <a href={map} rel="noopener noreferrer">
            {texts.map}
            <span className="visually-hidden"> – {unit.name.value}</span>
          </a>
        </p>
      ) : null}
    </article>
  );
}
