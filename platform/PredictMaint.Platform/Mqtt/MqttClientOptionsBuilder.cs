using System.Text;

namespace PredictMaint.Platform.Mqtt;

/// <summary>Collects client settings and validates them in <see cref="Build"/>.</summary>
public sealed class MqttClientOptionsBuilder
{
    private const int MaxRemainingLength = 268_435_455;
    private const int MinPacketSizeBytes = 128;

    private string? _host;
    private int _port;
    private string _clientId = string.Empty;
    private string? _username;
    private string? _password;
    private Func<string>? _passwordProvider;
    private bool _cleanSession = true;
    private TimeSpan _keepAlive = TimeSpan.FromSeconds(30);
    private MqttApplicationMessage? _will;
    private MqttTlsOptions? _tls;
    private int _maxOutgoingInFlight = MqttClientOptions.DefaultMaxOutgoingInFlight;
    private int _maxPacketSize = MqttClientOptions.DefaultMaxPacketSizeBytes;
    private int _maxQueuedAtMostOnce = MqttClientOptions.DefaultMaxQueuedAtMostOnceMessages;
    private TimeSpan _connectTimeout = TimeSpan.FromSeconds(10);
    private bool _autoReconnect;
    private TimeSpan _reconnectMin = TimeSpan.FromMilliseconds(100);
    private TimeSpan _reconnectMax = TimeSpan.FromSeconds(30);

    public MqttClientOptionsBuilder WithTcpServer(string host, int port = 1883) => Set(() => (_host, _port) = (host, port));

    public MqttClientOptionsBuilder WithClientId(string clientId) => Set(() => _clientId = clientId);

    public MqttClientOptionsBuilder WithCredentials(string username, string? password) =>
        Set(() => (_username, _password, _passwordProvider) = (username, password, null));

    /// <summary>Credentials whose password is made anew at every connect (and reconnect).</summary>
    public MqttClientOptionsBuilder WithCredentials(string username, Func<string> passwordProvider) =>
        Set(() => (_username, _password, _passwordProvider) = (username, null, passwordProvider));

    public MqttClientOptionsBuilder WithCleanSession(bool cleanSession = true) => Set(() => _cleanSession = cleanSession);

    public MqttClientOptionsBuilder WithKeepAlive(TimeSpan keepAlive) => Set(() => _keepAlive = keepAlive);

    public MqttClientOptionsBuilder WithWill(MqttApplicationMessage will) => Set(() => _will = will);

    public MqttClientOptionsBuilder WithTls(MqttTlsOptions tls) => Set(() => _tls = tls);

    public MqttClientOptionsBuilder WithMaxOutgoingInFlight(int maxOutgoingInFlight) => Set(() => _maxOutgoingInFlight = maxOutgoingInFlight);

    public MqttClientOptionsBuilder WithMaxPacketSize(int maxPacketSizeBytes) => Set(() => _maxPacketSize = maxPacketSizeBytes);

    public MqttClientOptionsBuilder WithMaxQueuedAtMostOnceMessages(int maxQueued) => Set(() => _maxQueuedAtMostOnce = maxQueued);

    public MqttClientOptionsBuilder WithConnectTimeout(TimeSpan connectTimeout) => Set(() => _connectTimeout = connectTimeout);

    public MqttClientOptionsBuilder WithAutoReconnect(bool enabled = true, TimeSpan? min = null, TimeSpan? max = null) => Set(() =>
    {
        _autoReconnect = enabled;
        _reconnectMin = min ?? _reconnectMin;
        _reconnectMax = max ?? _reconnectMax;
    });

    public MqttClientOptions Build()
    {
        if (string.IsNullOrWhiteSpace(_host))
        {
            throw new ArgumentException("The broker host is missing; call WithTcpServer(host, port).", "host");
        }

        Require(_port is >= 1 and <= 65535, "port", $"Port {_port} is outside 1..65535.");
        ValidateClientId();
        if (_username is not null)
        {
            Require(Encoding.UTF8.GetByteCount(_username) <= ushort.MaxValue, "username", "The user name is longer than 65535 UTF-8 bytes.");
        }

        Require(_password is null || Encoding.UTF8.GetByteCount(_password) <= ushort.MaxValue, "password", "The password is longer than 65535 bytes.");
        Require(
            _keepAlive >= TimeSpan.Zero && _keepAlive <= TimeSpan.FromSeconds(ushort.MaxValue) && _keepAlive.Ticks % TimeSpan.TicksPerSecond == 0,
            "keepAlive",
            $"Keep-alive {_keepAlive} must be whole seconds in 0..65535 s (0 disables it).");
        if (_will is not null)
        {
            MqttTopicFilter.ValidateTopicName(_will.Topic);
            Require(Enum.IsDefined(_will.QualityOfService), "will", "The will's quality of service is not 0, 1 or 2.");
        }

        ValidateTls();
        Require(_maxOutgoingInFlight is >= 1 and <= ushort.MaxValue, "maxOutgoingInFlight", $"MaxOutgoingInFlight {_maxOutgoingInFlight} is outside 1..65535.");
        Require(
            _maxPacketSize is >= MinPacketSizeBytes and <= MaxRemainingLength + 5,
            "maxPacketSizeBytes",
            $"MaxPacketSize {_maxPacketSize} is outside {MinPacketSizeBytes}..{MaxRemainingLength + 5} bytes.");
        Require(_maxQueuedAtMostOnce >= 1, "maxQueued", "MaxQueuedAtMostOnceMessages must be at least 1.");
        Require(_connectTimeout > TimeSpan.Zero, "connectTimeout", "ConnectTimeout must be positive.");
        Require(_reconnectMin > TimeSpan.Zero, "min", "ReconnectDelayMin must be positive.");
        Require(_reconnectMax >= _reconnectMin, "max", "ReconnectDelayMax must not be smaller than ReconnectDelayMin.");

        return new MqttClientOptions
        {
            Host = _host,
            Port = _port,
            ClientId = _clientId,
            Username = _username,
            Password = _password,
            PasswordProvider = _passwordProvider,
            CleanSession = _cleanSession,
            KeepAlive = _keepAlive,
            Will = _will,
            Tls = _tls,
            MaxOutgoingInFlight = _maxOutgoingInFlight,
            MaxPacketSizeBytes = _maxPacketSize,
            MaxQueuedAtMostOnceMessages = _maxQueuedAtMostOnce,
            ConnectTimeout = _connectTimeout,
            AutoReconnect = _autoReconnect,
            ReconnectDelayMin = _reconnectMin,
            ReconnectDelayMax = _reconnectMax,
        };
    }

    private void ValidateClientId()
    {
        ArgumentNullException.ThrowIfNull(_clientId, "clientId");

        // 3.1.1 §3.1.3.1: servers must accept 1-23 alphanumerics and may accept more; the
        // encoding itself limits the id to 65535 UTF-8 bytes without U+0000.
        Require(Encoding.UTF8.GetByteCount(_clientId) <= ushort.MaxValue, "clientId", "The client id is longer than 65535 UTF-8 bytes.");
        Require(!_clientId.Any(char.IsControl), "clientId", "The client id contains a control character.");
        Require(
            _clientId.Length > 0 || _cleanSession,
            "clientId",
            "An empty client id is only allowed with a clean session; set a client id to keep a persistent session.");
    }

    private void ValidateTls()
    {
        if (_tls is null)
        {
            return;
        }

        Require(
            (_tls.ClientCertificateFile is null) == (_tls.ClientKeyFile is null),
            "tls",
            "A client certificate needs both ClientCertificateFile and ClientKeyFile.");
        foreach (var file in new[] { _tls.CaCertificateFile, _tls.ClientCertificateFile, _tls.ClientKeyFile })
        {
            Require(file is null || File.Exists(file), "tls", $"TLS file '{file}' does not exist.");
        }
    }

    private static void Require(bool condition, string parameterName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    private MqttClientOptionsBuilder Set(Action apply)
    {
        apply();
        return this;
    }
}
