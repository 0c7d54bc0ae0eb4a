import React from 'react'

/** A problem the editor must see, read out by screen readers; nothing when there is none. */
export const ErrorText = ({ children }: { children?: React.ReactNode }) =>
  children ? (
    <p role="alert" style={{ color: '#b00020' }}>
      {children}
    </p>
  ) : null
