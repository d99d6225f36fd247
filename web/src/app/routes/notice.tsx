import { useQuery } from '@tanstack/react-query';
import { formatVietnamDate, formatVietnamDateTime } from '@thads/vietnamese';
import type { ReactNode } from 'react';
import { BlocksRenderer } from '../../components/blocks-renderer';
import { Breadcrumb } from '../../components/breadcrumb';
import { FileList } from '../../components/file-list';
import { FormattedDate } from '../../components/formatted-date';
import { NotFoundState } from '../../components/not-found-state';
import { ErrorState, LoadingState } from '../../components/query-states';
import { paths } from '../../config/paths';
import { noticeQueryOptions } from '../../features/notices/api/get-notice';
import { formatPrice } from '../../features/notices/format-price';
import { ASSET_KINDS, AUCTION_PORTAL, NOTICE_KINDS } from '../../features/notices/labels';
import { useAgency } from '../../lib/agency';
import { safeUrl } from '../../lib/safe-url';
import { usePageHead } from '../../lib/use-document-meta';

/** A key date and time (dd/MM/yyyy HH:mm, Vietnam time). */
const At = ({ value }: { value: string }) => <time dateTime={value}>{formatVietnamDateTime(value)}</time>;

/** One notice: the asset, prices in đồng, key dates, legal basis, the national auction portal's copy, its files. */
export default function NoticeRoute({ slug }: { slug: string }) {
  const { scope } = useAgency();
  const query = useQuery(noticeQueryOptions(scope.code, slug));
  const notice = query.data ?? null;
  usePageHead(notice ? { kind: 'notice', notice } : null);

  if (query.isPending) return <LoadingState label="Đang tải thông báo…" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!notice) return <NotFoundState what="Thông báo bạn tìm" />;
  const price = formatPrice(notice.startingPrice);
  const deposit = formatPrice(notice.deposit);
  const portal = safeUrl(notice.auctionPortalUrl);
  const viewing =
    notice.viewingFrom && notice.viewingUntil ? (
      <>
        từ <At value={notice.viewingFrom} /> đến <At value={notice.viewingUntil} />
      </>
    ) : notice.viewingFrom ? (
      <>
        từ <At value={notice.viewingFrom} />
      </>
    ) : null;
  const rows: Array<[string, ReactNode]> = [];
  const add = (label: string, value: ReactNode) => {
    if (value !== null && value !== undefined && value !== '') rows.push([label, value]);
  };
  add('Loại thông báo', NOTICE_KINDS[notice.kind]);
  add('Đơn vị thông báo', notice.unit?.name);
  add('Ngày thông báo', <FormattedDate value={notice.date} />);
  add('Tài sản', notice.assetDescription);
  add('Loại tài sản', notice.assetKind ? ASSET_KINDS[notice.assetKind] : null);
  add('Nơi có tài sản', notice.assetLocation);
  add('Giá khởi điểm', price);
  add('Tiền đặt trước', deposit);
  add('Thời gian xem tài sản', viewing);
  add('Hạn đăng ký', notice.registrationDeadline ? <At value={notice.registrationDeadline} /> : null);
  add('Thời gian đấu giá', notice.auctionAt ? <At value={notice.auctionAt} /> : null);
  add('Căn cứ pháp lý', notice.legalBasis);
  add(
    'Tình trạng',
    notice.expired ? (
      <span className="status status--expired">
        Đã hết hạn{notice.validUntil ? ` từ ${formatVietnamDate(notice.validUntil)}` : ''}
      </span>
    ) : (
      <span className="status status--in-force">
        Còn hạn{notice.validUntil ? ` đến ${formatVietnamDate(notice.validUntil)}` : ''}
      </span>
    ),
  );

  return (
    <>
      <Breadcrumb items={[{ label: 'Thông báo', href: paths.notices.build() }, { label: notice.title }]} />
      <article className="record">
        <h1 className="page-title">{notice.title}</h1>
        {notice.isSample ? <p className="badge">Thông báo mẫu</p> : null}
        <dl className="record__fields">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <BlocksRenderer blocks={notice.body} />
        {notice.kind === 'asset-auction' || portal ? (
          <p>
            {portal ? (
              <a href={portal} rel="noopener noreferrer">
                Xem thông báo này trên {AUCTION_PORTAL.name}
              </a>
            ) : (
              <>
                Thông báo đấu giá tài sản cũng được đăng trên{' '}
                <a href={AUCTION_PORTAL.url} rel="noopener noreferrer">
                  {AUCTION_PORTAL.name}
                </a>
                .
              </>
            )}
          </p>
        ) : null}
        <FileList files={notice.attachments} headingId="tep-dinh-kem" />
      </article>
    </>
  );
}
