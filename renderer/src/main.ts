import { boot } from './boot';
import './styles.css';

void boot(document.getElementById('root')!);
