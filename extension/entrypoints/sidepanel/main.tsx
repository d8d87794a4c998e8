import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { PanelApp } from './PanelApp.tsx';
import '../../components/theme.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelApp />
  </StrictMode>,
);
