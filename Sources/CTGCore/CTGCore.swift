/// Namespace marker for the pure domain module.
public enum CTGCore {}
