import type { Audience } from '@thads/content';

/** "Nội bộ": this article is for the agency's staff only; it must not be shared outside. */
export function StaffBadge({ audience, long = false }: { audience?: Audience; long?: boolean }) {
  if (audience !== 'staff') return null;
  return (
    <span className="badge badge--staff" title="Chỉ cán bộ đã đăng nhập mới xem được">
      {long ? 'Nội bộ – chỉ dành cho cán bộ' : 'Nội bộ'}
    </span>
  );
}
