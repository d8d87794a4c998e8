import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { RuleApp } from './RuleApp.tsx';
import '../../components/theme.css';
import './rule.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RuleApp ruleId={new URLSearchParams(location.search).get('id') ?? ''} />
  </StrictMode>,
);
