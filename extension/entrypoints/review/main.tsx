import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { ReviewApp } from './ReviewApp.tsx';
import '../../components/theme.css';
import './review.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReviewApp />
  </StrictMode>,
);
