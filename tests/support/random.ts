/** A deterministic generator in [0, 1) (xorshift32): a failing generated case can be replayed from its seed. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}
