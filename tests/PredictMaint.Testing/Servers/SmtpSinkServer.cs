using PredictMaint.Testing.Mail;

namespace PredictMaint.Testing.Servers;

/// <summary>
/// A real SMTP server (Debian's aiosmtpd) on 127.0.0.1 that keeps every mail as a file, started
/// through scripts/services/smtp-sink.sh. Tests read what a service really sent over SMTP.
/// </summary>
public sealed class SmtpSinkServer : ScriptedServer
{
    public SmtpSinkServer()
        : base("smtp-sink.sh", "smtp-sink")
    {
    }

    public static string Host => "127.0.0.1";

    /// <summary>The Maildir folder that receives one file per mail.</summary>
    public string MailDirectory => Path.Combine(DataDirectory, "mail", "new");

    public static async Task<SmtpSinkServer> StartNewAsync()
    {
        var server = new SmtpSinkServer();
        await server.StartAsync();
        return server;
    }

    /// <summary>Every mail received so far, oldest first.</summary>
    public IReadOnlyList<CapturedMail> Mails()
    {
        if (!Directory.Exists(MailDirectory))
        {
            return [];
        }

        return [.. new DirectoryInfo(MailDirectory).GetFiles()
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => CapturedMail.Parse(File.ReadAllText(f.FullName)))];
    }
}
