// The frame of every email: brand header, content, footer. Inline styles and a table layout,
// because email clients ignore stylesheets.
import type { ReactNode } from 'react';

/** Replaced by the "Your data" page's address when the message is rendered (email/render.ts). */
export const YOUR_DATA_PLACEHOLDER = 'https://your-data.invalid/';

const colors = { ink: '#0f172a', muted: '#475569', brand: '#4338ca', line: '#e2e8f0', page: '#f8fafc' };

export const emailStyles = {
  heading: { fontSize: '22px', lineHeight: '30px', margin: '0 0 16px', color: colors.ink },
  paragraph: { fontSize: '15px', lineHeight: '24px', margin: '0 0 16px', color: colors.ink },
  muted: { fontSize: '13px', lineHeight: '20px', margin: '0 0 12px', color: colors.muted },
  button: {
    display: 'inline-block',
    backgroundColor: colors.brand,
    color: '#ffffff',
    padding: '12px 20px',
    borderRadius: '8px',
    fontWeight: 600,
    fontSize: '15px',
    textDecoration: 'none',
  },
  colors,
};

export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta content="text/html; charset=UTF-8" httpEquiv="Content-Type" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
      </head>
      <body style={{ margin: 0, backgroundColor: colors.page, fontFamily: 'Inter, Arial, Helvetica, sans-serif' }}>
        {/* Shown by mail clients next to the subject; hidden in the message itself. */}
        <div data-skip-in-text="true" style={{ display: 'none', maxHeight: 0, overflow: 'hidden' }}>
          {preview}
        </div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ padding: '24px 12px' }}>
          <tbody>
            <tr>
              <td align="center">
                <table
                  role="presentation"
                  width="100%"
                  cellPadding={0}
                  cellSpacing={0}
                  style={{
                    maxWidth: '600px',
                    backgroundColor: '#ffffff',
                    border: `1px solid ${colors.line}`,
                    borderRadius: '12px',
                  }}
                >
                  <tbody>
                    <tr>
                      <td style={{ padding: '20px 28px', borderBottom: `1px solid ${colors.line}` }}>
                        <span style={{ fontSize: '18px', fontWeight: 700, color: colors.ink }}>
                          XTeam<span style={{ color: colors.brand }}>.Pro</span>
                        </span>
                      </td>
                    </tr>
                    <tr>
                      <td style={{ padding: '28px' }}>{children}</td>
                    </tr>
                    <tr>
                      <td style={{ padding: '16px 28px', borderTop: `1px solid ${colors.line}` }}>
                        <p style={emailStyles.muted}>
                          XTeam.Pro · AI automation for operations teams · hello@xteam.pro
                        </p>
                        <p style={emailStyles.muted}>
                          See, download or erase what we hold about you:{' '}
                          <a href={YOUR_DATA_PLACEHOLDER} style={{ color: colors.brand }}>
                            Your data
                          </a>
                        </p>
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}
