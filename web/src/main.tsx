import { boot } from './app/boot';
import { applyTextScale, storedTextScale } from './features/articles/components/text-size-control';
import './styles.css';

// A reader's chosen text size applies from the first paint, on every page.
applyTextScale(storedTextScale());
boot();
