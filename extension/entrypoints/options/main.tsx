import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { OptionsApp } from './OptionsApp.tsx';
import '../../components/theme.css';
import './options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
