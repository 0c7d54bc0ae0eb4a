import React from 'react'

/** The small mark in the admin's header: 秋 in a rounded square, the colour of Akita's autumn. */
export const Icon = () => (
  <svg aria-label="秋田県 DX CMS" height="26" role="img" viewBox="0 0 26 26" width="26">
    <rect fill="#b5452b" height="26" rx="6" width="26" />
    <text fill="#fff" fontSize="16" fontWeight="700" textAnchor="middle" x="13" y="19">
      秋
    </text>
  </svg>
)
