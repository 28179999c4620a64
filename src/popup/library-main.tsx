import { render } from 'preact';
import { createBrowserLibraryClient } from './browser-library-client';
import { LibraryPage } from './LibraryPage';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<LibraryPage client={createBrowserLibraryClient()} />, root);
