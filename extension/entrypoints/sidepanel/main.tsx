import { render } from 'preact';
import { WithSettings } from '@/components/WithSettings';
import { SidePanelPage } from './SidePanel';
import '@/components/styles.css';

render(<WithSettings>{() => <SidePanelPage />}</WithSettings>, document.getElementById('app')!);
