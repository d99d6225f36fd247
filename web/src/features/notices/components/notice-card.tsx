import type { NoticeSummary } from '@thads/content';
import { formatVietnamDate } from '@thads/vietnamese';
import { Link } from 'wouter';
import { FormattedDate } from '../../../components/formatted-date';
import { paths } from '../../../config/paths';
import { useAgency } from '../../../lib/agency';
import { formatPrice } from '../format-price';
import { ASSET_KINDS, NOTICE_KINDS } from '../labels';

/** A notice of a list: its title (the link, on its agency's pages), kind, unit, price and the date that ends it. */
export function NoticeCard({ notice, showAgency = false }: { notice: NoticeSummary; showAgency?: boolean }) {
  const { agencyOf, agency: current, linkTo } = useAgency();
  const agency = agencyOf(notice.agency) ?? current;
  const price = formatPrice(notice.startingPrice);
  const ends = notice.auctionAt
    ? (['Ngày đấu giá', notice.auctionAt] as const)
    : notice.registrationDeadline
      ? (['Hạn đăng ký', notice.registrationDeadline] as const)
      : notice.validUntil
        ? (['Hiệu lực đến', notice.validUntil] as const)
        : null;
  return (
    <li className="record-card">
      <h3 className="record-card__title">
        <Link href={linkTo(agency.code, paths.notice.build(notice.slug))}>{notice.title}</Link>
      </h3>
      <p className="record-card__meta">
        {showAgency ? <span className="article-card__agency">{agency.name}</span> : null}
        <span>{NOTICE_KINDS[notice.kind]}</span>
        {notice.assetKind ? <span>{ASSET_KINDS[notice.assetKind]}</span> : null}
        {notice.unit ? <span>{notice.unit.name}</span> : null}
        <span>
          Ngày thông báo: <FormattedDate value={notice.date} />
        </span>
        {notice.isSample ? <span className="badge">Mẫu</span> : null}
        {notice.expired ? <span className="status status--expired">Đã hết hạn</span> : null}
      </p>
      {price || ends ? (
        <p className="record-card__summary">
          {price ? <>Giá khởi điểm: {price}. </> : null}
          {ends ? (
            <>
              {ends[0]}: <time dateTime={ends[1]}>{formatVietnamDate(ends[1])}</time>.
            </>
          ) : null}
        </p>
      ) : null}
    </li>
  );
}
