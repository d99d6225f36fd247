import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { coverPhoto } from '../testing/fixtures';
import { CardThumbnail, ResponsiveImage } from './responsive-image';

const imageOf = (container: HTMLElement) => container.querySelector('img');

describe('ResponsiveImage', () => {
  it("offers Strapi's renditions and the original by width, reserves the box and loads lazily by default", () => {
    const { container } = render(<ResponsiveImage image={coverPhoto()} alt="Quang cảnh hội nghị" sizes="100vw" />);
    const img = imageOf(container);
    expect(img).toHaveAttribute(
      'srcset',
      '/uploads/thumbnail_hoi-nghi_a1b2.jpg 234w, /uploads/small_hoi-nghi_a1b2.jpg 500w, ' +
        '/uploads/medium_hoi-nghi_a1b2.jpg 750w, /uploads/large_hoi-nghi_a1b2.jpg 1000w, /uploads/hoi-nghi_a1b2.jpg 1600w',
    );
    expect(img).toHaveAttribute('sizes', '100vw');
    expect(img).toHaveAttribute('src', '/uploads/hoi-nghi_a1b2.jpg');
    expect(img).toHaveAttribute('width', '1600');
    expect(img).toHaveAttribute('height', '1067');
    expect(img).toHaveAttribute('alt', 'Quang cảnh hội nghị');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).not.toHaveAttribute('fetchpriority');
  });

  it('asks for the main image first and never delays it', () => {
    const { container } = render(<ResponsiveImage image={coverPhoto()} alt="Ảnh" sizes="100vw" priority="high" />);
    expect(imageOf(container)).toHaveAttribute('fetchpriority', 'high');
    expect(imageOf(container)).not.toHaveAttribute('loading');
  });

  it('falls back to the original alone, skips renditions with unsafe or missing URLs and refuses an unsafe original', () => {
    const plain = { url: '/uploads/so-do.png', width: 300, height: 200, formats: null };
    const { container, rerender } = render(<ResponsiveImage image={plain} alt="Sơ đồ" sizes="100vw" />);
    expect(imageOf(container)).toHaveAttribute('src', '/uploads/so-do.png');
    expect(imageOf(container)).not.toHaveAttribute('srcset');
    expect(imageOf(container)).not.toHaveAttribute('sizes');

    const odd = {
      ...plain,
      formats: { thumbnail: { url: 'javascript:alert(1)', width: 100 }, small: { width: 150 }, medium: 'x' },
    };
    rerender(<ResponsiveImage image={odd} alt="Sơ đồ" sizes="100vw" />);
    expect(imageOf(container)).not.toHaveAttribute('srcset');

    rerender(<ResponsiveImage image={{ ...plain, url: 'data:image/svg+xml,<svg/>' }} alt="Sơ đồ" sizes="100vw" />);
    expect(imageOf(container)).toBeNull();
  });
});

describe('CardThumbnail', () => {
  it('is decorative (the title link names the article) and shows nothing without a cover', () => {
    const { container, rerender } = render(<CardThumbnail image={coverPhoto()} loading="eager" />);
    expect(imageOf(container)).toHaveAttribute('alt', '');
    expect(imageOf(container)).not.toHaveAttribute('loading');
    expect(imageOf(container)?.getAttribute('sizes')).toMatch(/rem/);
    rerender(<CardThumbnail image={null} loading="lazy" />);
    expect(imageOf(container)).toBeNull();
  });
});
