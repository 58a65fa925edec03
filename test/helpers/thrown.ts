// Test helper: the value a function throws (fails the test when it does not throw).
export function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}
