import React from 'react'

/** The login screen's mark: the product's name, in Japanese first. */
export const Logo = () => (
  <div style={{ lineHeight: 1.3, textAlign: 'center' }}>
    <div style={{ fontSize: '1.9rem', fontWeight: 700, letterSpacing: '0.06em' }}>秋田県 DX CMS</div>
    <div style={{ fontSize: '0.85rem', opacity: 0.7 }}>県民DX・職員DX・産業DX</div>
  </div>
)
