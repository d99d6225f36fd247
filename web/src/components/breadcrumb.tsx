import { Link } from 'wouter';
import { paths } from '../config/paths';

export type Crumb = { label: string; href?: string };

/** Trang chủ › … › the current page (not a link). */
export function Breadcrumb({ items }: { items: Crumb[] }) {
  const all: Crumb[] = [{ label: 'Trang chủ', href: paths.home.build() }, ...items];
  return (
    <nav className="breadcrumb" aria-label="Vị trí trang">
      <ol>
        {all.map((item, index) =>
          item.href && index < all.length - 1 ? (
            <li key={index}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ) : (
            <li key={index} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
