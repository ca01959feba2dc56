import { render } from 'preact';
import './styles';
import { start } from './app/actions';
import { lang } from './i18n';
import { App } from './ui/App';
import { listenToRoutes } from './ui/router';

document.documentElement.lang = lang.value;
listenToRoutes();
render(<App />, document.getElementById('app')!);
void start();

// From this module rather than an inline script: the CSP allows only 'self' scripts.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void navigator.serviceWorker.register('/sw.js', { scope: '/' });
}
