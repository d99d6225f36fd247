import { useEffect, useState } from 'react';
import { readStored, writeStored } from '../../../lib/storage';
import { scriptOnly, useHydrated } from '../../../lib/use-hydrated';

const KEY = 'thads-text-scale';
const SCALES = [0.9, 1, 1.15, 1.3];

export function storedTextScale(): number {
  const stored = Number(readStored(KEY) ?? 1);
  return SCALES.includes(stored) ? stored : 1;
}

/** Applies a text scale to the whole page (rem-based sizes follow). */
export function applyTextScale(scale: number): void {
  document.documentElement.style.setProperty('--text-scale', String(scale));
}

/** A− / A / A+: a reader's text size, remembered on this device. */
export function TextSizeControl() {
  const [scale, setScale] = useState(storedTextScale);
  useEffect(() => {
    applyTextScale(scale);
    writeStored(KEY, String(scale));
  }, [scale]);
  const index = SCALES.indexOf(scale);
  // Without the page's script the buttons could do nothing: offered disabled, not as if they worked.
  const idle = !useHydrated();
  return (
    <div className="text-size" role="group" aria-label="Cỡ chữ">
      {/* The visible letters stay part of each button's name (WCAG 2.5.3); the words say what it does. */}
      <button
        type="button"
        onClick={() => setScale(SCALES[Math.max(0, index - 1)]!)}
        {...scriptOnly}
        disabled={idle || index === 0}
      >
        A−<span className="visually-hidden"> giảm cỡ chữ</span>
      </button>
      <button type="button" onClick={() => setScale(1)} aria-pressed={scale === 1} {...scriptOnly} disabled={idle}>
        A<span className="visually-hidden"> cỡ chữ mặc định</span>
      </button>
      <button
        type="button"
        onClick={() => setScale(SCALES[Math.min(SCALES.length - 1, index + 1)]!)}
        {...scriptOnly}
        disabled={idle || index === SCALES.length - 1}
      >
        A+<span className="visually-hidden"> tăng cỡ chữ</span>
      </button>
    </div>
  );
}
