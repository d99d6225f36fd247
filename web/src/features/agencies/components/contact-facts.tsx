import type { SiteLanguage } from '@thads/content';
import type { ReactNode } from 'react';
import { safeUrl } from '../../../lib/safe-url';
import { TEXTS } from '../texts';
import type { Shown } from '../translation';
import { TranslatedText } from './translated';

/** A phone number as a `tel:` link's target: its digits (and a leading +), or none when it has no digits. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** An email address as a `mailto:` link's target, when it looks like one (nothing else is made a link). */
export function mailtoHref(email: string): string | null {
  const address = email.trim();
  return /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/.test(address) ? `mailto:${address}` : null;
}

/** A place on OpenStreetMap, the only map the pages link to (a link: no third-party script or frame). */
export function mapHref(url: string | null | undefined): string | null {
  const safe = safeUrl(url);
  return safe && /^https:\/\/(www\.)?(openstreetmap\.org|osm\.org)\//i.test(safe) ? safe : null;
}

export type Contacts = {
  address?: string | null;
  phone?: string | null;
  fax?: string | null;
  email?: string | null;
  hours?: Shown<string> | null;
  head?: { name: string; title: Shown<string> | null } | null;
  area?: Shown<string> | null;
};

/** How to reach an office: its address, phone and email as links, hours, the head of the office, its area. */
export function ContactFacts({ contacts, language }: { contacts: Contacts; language: SiteLanguage }) {
  const texts = TEXTS[language];
  const rows: Array<[string, ReactNode]> = [];
  if (contacts.area) rows.push([texts.area, <TranslatedText shown={contacts.area} language={language} />]);
  rows.push([texts.address, contacts.address?.trim() || <span className="muted">{texts.notUpdated}</span>]);
  if (contacts.phone?.trim()) {
    const href = telHref(contacts.phone);
    rows.push([texts.phone, href ? <a href={href}>{contacts.phone}</a> : contacts.phone]);
  }
  if (contacts.fax?.trim()) rows.push([texts.fax, contacts.fax]);
  if (contacts.email?.trim()) {
    const href = mailtoHref(contacts.email);
    rows.push([texts.email, href ? <a href={href}>{contacts.email.trim()}</a> : contacts.email]);
  }
  if (contacts.hours) rows.push([texts.hours, <TranslatedText shown={contacts.hours} language={language} />]);
  if (contacts.head?.name.trim())
    rows.push([
      texts.head,
      <>
        {contacts.head.name}
        {contacts.head.title ? (
          <>
            {' '}
            (<TranslatedText shown={contacts.head.title} language={language} />)
          </>
        ) : null}
      </>,
    ]);
  return (
    <dl className="facts facts--contact">
      {rows.map(([term, value]) => (
        <div key={term} className="facts__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
