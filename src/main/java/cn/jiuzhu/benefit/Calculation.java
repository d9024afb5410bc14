package cn.jiuzhu.benefit;

/** A computed value together with the steps that produced it, so nobody has to take the figure on trust. */
public record Calculation<T>(T value, Trace trace) {
}
