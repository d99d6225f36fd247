export default {
  rest: {
    defaultLimit: 10,
    // Larger page sizes are clamped to this, never an error and never an unbounded scan.
    maxLimit: 100,
    withCount: true,
  },
};
