import { Link } from 'wouter';
import { paths } from '../config/paths';

export type Crumb = { label: string; href?: string };

/** Trang chủ › … › the current page (not a link); an English page gives its own home and label. */
export function Breadcrumb({
  items,
  home = { label: 'Trang chủ', href: paths.home.build() },
  label = 'Vị trí trang',
}: {
  items: Crumb[];
  home?: Crumb;
  label?: string;
}) {
  const all: Crumb[] = [home, ...items];
  return (
    <nav className="breadcrumb" aria-label={label}>
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
