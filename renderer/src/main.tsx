import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
if (window.cascade) {
  root.render(
    <StrictMode>
      <App api={window.cascade} />
    </StrictMode>,
  );
} else {
  root.render(<p role="alert">Cascade must be started with `npm start`: the desktop bridge is missing.</p>);
}
