import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTextScale, storedTextScale } from './features/articles/components/text-size-control';
import './styles.css';

// A reader's chosen text size applies from the first paint, on every page.
applyTextScale(storedTextScale());

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
