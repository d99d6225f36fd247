import { Fragment } from 'react';

/**
 * A citizen's text shown as plain text: paragraphs at blank lines, line breaks kept. Never markup, never a link made
 * from it (what looks like a tag or an address is shown as the characters it is); long words wrap (styles.css).
 */
export function CitizenText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="citizen-text">
          {paragraph.split('\n').map((line, at) => (
            <Fragment key={at}>
              {at > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}
