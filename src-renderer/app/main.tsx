import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detourApi } from '../lib/bridge.ts';
import { App } from './App.tsx';
import './global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={detourApi()} />
  </StrictMode>,
);
