import { mountApp } from './mount-app';

mountApp('report');
