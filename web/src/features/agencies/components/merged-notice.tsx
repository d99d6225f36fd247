import { formatVietnamDate } from '@thads/vietnamese';
import { Link } from 'wouter';
import { useAgency } from '../../../lib/agency';

/**
 * On every page of an agency merged into another: since when, and into which (the one that exists today, linked), so
 * a reader who followed an old link knows where the agency's news goes on.
 */
export function MergedNotice() {
  const { agency, successor, linkTo } = useAgency();
  if (agency.kind !== 'merged') return null;
  const since = agency.mergedOn ? `Từ ${formatVietnamDate(`${agency.mergedOn}T12:00:00+07:00`)}, ` : '';
  // One text node: the sentence reads whole in the HTML, for readers and crawlers without a script.
  const sentence = `${since}${agency.shortName ?? agency.name} hợp nhất vào `;
  return (
    <div className="merged-notice" role="note">
      <p className="container">
        {sentence}
        {successor ? <Link href={linkTo(successor.code, '/')}>{successor.name}</Link> : 'cơ quan khác'}.
      </p>
    </div>
  );
}
