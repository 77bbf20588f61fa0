import { render } from 'preact';
import { WithSettings } from '@/components/WithSettings';
import { Welcome } from './Welcome';
import '@/components/styles.css';

render(
  <WithSettings>{(settings, update) => <Welcome settings={settings} onSettings={update} />}</WithSettings>,
  document.getElementById('app')!,
);
