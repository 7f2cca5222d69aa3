import { createApp } from 'vue';
import App from './App.vue';
import { BRIDGE, loadBridge } from './bridge';
import { loadTheme } from './store';
import './styles/base.css';

loadTheme();

loadBridge().then(
  (bridge) => createApp(App).provide(BRIDGE, bridge).mount('#app'),
  (err: unknown) => {
    const app = document.getElementById('app');
    if (app) {
      const p = document.createElement('p');
      p.setAttribute('role', 'alert');
      p.style.padding = '2rem';
      p.textContent = err instanceof Error ? err.message : String(err);
      app.replaceChildren(p);
    }
  },
);
