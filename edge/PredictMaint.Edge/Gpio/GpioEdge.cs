namespace PredictMaint.Edge.Gpio;

public enum GpioEdge
{
    Rising,
    Falling,
}
