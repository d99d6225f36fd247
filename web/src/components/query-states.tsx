import { ContentApiError } from '@thads/content';

/** A placeholder with the page's rhythm while data loads; announced once to screen readers. */
export function LoadingState({ label = 'Đang tải nội dung…', lines = 4 }: { label?: string; lines?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton__line skeleton__line--title" aria-hidden="true" />
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton__line" aria-hidden="true" />
      ))}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const unreachable = error instanceof ContentApiError && error.status === 0;
  return (
    <div className="notice notice--error" role="alert">
      <h2>{unreachable ? 'Không kết nối được máy chủ' : 'Không tải được nội dung'}</h2>
      <p>
        {unreachable
          ? 'Máy chủ nội dung tạm thời không phản hồi. Vui lòng kiểm tra kết nối mạng và thử lại.'
          : 'Đã có lỗi khi tải nội dung. Vui lòng thử lại sau ít phút.'}
      </p>
      <button type="button" className="button" onClick={onRetry}>
        Thử lại
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: string }) {
  return <p className="notice">{children}</p>;
}
