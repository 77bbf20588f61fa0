import { render } from 'preact';
import { WithSettings } from '@/components/WithSettings';
import { PanelPage } from './Panel';
import '@/components/styles.css';

render(<WithSettings>{() => <PanelPage />}</WithSettings>, document.getElementById('app')!);
