import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
// ES module paths: the CommonJS defaults give an English UI under Vite (STACK.md trap 2).
import zhCNModule from 'antd/es/locale/zh_CN.js';
import enUSModule from 'antd/es/locale/en_US.js';
import type { Locale } from 'antd/es/locale/index.js';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { isEnglish } from '../shared/i18n.ts';
import { StaffApp } from './StaffApp.tsx';

// TypeScript reads antd's es/ folder as CommonJS; under Vite these are the ES default exports.
const zhCN = zhCNModule as unknown as Locale;
const enUS = enUSModule as unknown as Locale;

dayjs.locale(isEnglish() ? 'en' : 'zh-cn');
document.documentElement.lang = isEnglish() ? 'en' : 'zh-CN';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider
      locale={isEnglish() ? enUS : zhCN}
      theme={{
        // Links and secondary text dark enough for WCAG AA (antd's defaults are 4.2:1 and 3.4:1).
        token: {
          colorPrimary: '#8b1a1a',
          colorLink: '#0550ae',
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
        },
      }}
    >
      <AntApp>
        <BrowserRouter basename="/app">
          <StaffApp />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
