// End-to-end in Firefox ESR (MV2 build in .output/firefox-mv2), against the local outlet web through its proxy side.
import { launchFirefoxWithExtension } from './support/firefox';
import { defineExtensionSuite } from './support/suite';

defineExtensionSuite('firefox', (demo) => launchFirefoxWithExtension(demo.server));
