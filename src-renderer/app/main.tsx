import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detourApi } from '../lib/bridge.ts';
import { App } from './App.tsx';
import { MissingPreloadScreen } from './MissingPreloadScreen.tsx';
import './global.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const api = detourApi();
createRoot(root).render(<StrictMode>{api === null ? <MissingPreloadScreen /> : <App api={api} />}</StrictMode>);
