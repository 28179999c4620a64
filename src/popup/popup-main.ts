import { mountApp } from './mount-app';

mountApp('popup');
