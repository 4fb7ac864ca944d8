import type {StorybookConfig} from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  // Works offline (government intranets, this CI): no telemetry, no update checks.
  core: {disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false},
};
export default config;
