import React from 'react'

/** Sidebar link to the 「配信分析」 view. */
export const NavLink = () => (
  <a className="nav__link" href="/admin/line-analytics" id="nav-line-analytics" style={{ display: 'block', padding: '4px 0' }}>
    <span className="nav__link-label">配信分析</span>
  </a>
)
