// Entry of the stand-in office.js bundle the e2e tests serve in place of the real one.
import { installInWindow } from './install.js';

installInWindow();
