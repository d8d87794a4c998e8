import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { PopupApp } from './PopupApp.tsx';
import '../../components/theme.css';
import './popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp />
  </StrictMode>,
);
