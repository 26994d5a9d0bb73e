// End-to-end in Chromium (MV3 build in .output/chrome-mv3), against the local outlet web.
import { launchChromiumWithExtension } from './support/chromium';
import { defineExtensionSuite } from './support/suite';

defineExtensionSuite('chromium', (demo) => launchChromiumWithExtension(demo.server));
