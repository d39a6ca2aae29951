@testable import App
import CTGCore
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import Testing

/// A listening SMTP server that accepts everything and keeps the commands and the message it
/// received: enough for curl to deliver one mail, as a real relay would.
final class FakeSMTPHandler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let transcript: NIOLockedValueBox<[String]>
    private var pending = ""
    private var inData = false

    init(transcript: NIOLockedValueBox<[String]>) { self.transcript = transcript }

    func channelActive(context: ChannelHandlerContext) { reply("220 faux.example ESMTP", context) }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readString(length: buffer.readableBytes) ?? ""
        while let end = pending.range(of: "\r\n") {
            let line = String(pending[..<end.lowerBound])
            pending.removeSubrange(..<end.upperBound)
            transcript.withLockedValue { $0.append(line) }
            if inData {
                if line == "." { inData = false; reply("250 2.0.0 accepté", context) }
                continue
            }
            let verb = line.prefix(4).uppercased()
            switch verb {
            case "EHLO": reply("250-faux.example\r\n250 8BITMIME", context)
            case "DATA": inData = true; reply("354 envoyez", context)
            case "QUIT": reply("221 au revoir", context); context.close(promise: nil)
            default: reply("250 ok", context)
            }
        }
    }

    private func reply(_ text: String, _ context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(string: text + "\r\n")), promise: nil)
    }
}

@Suite struct CurlMailerTests {
    @Test func curlDeliversTheRenderedMessageToAnSMTPServer() async throws {
        let curl = try #require(CurlMailer.executable(), "curl est nécessaire à l'envoi des courriels")
        let transcript = NIOLockedValueBox<[String]>([])
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let server = try await ServerBootstrap(group: group)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(FakeSMTPHandler(transcript: transcript)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        do {
            let port = try #require(server.localAddress?.port)
            let settings = SMTPSettings(url: "smtp://127.0.0.1:\(port)", from: "ctg@caf.example.fr", user: nil, password: nil,
                                        requireTLS: false)
            let mailer = CurlMailer(settings: settings, curl: curl, pool: pool)
            try await mailer.send(MailMessage(from: "ctg@caf.example.fr", to: "marie@asso.example.org",
                                              subject: "Invitation – CTG", body: "Bonjour Marie"))
            let lines = transcript.withLockedValue { $0 }
            #expect(lines.first == "EHLO caf.example.fr")
            #expect(lines.contains("MAIL FROM:<ctg@caf.example.fr>"))
            #expect(lines.contains("RCPT TO:<marie@asso.example.org>"))
            #expect(lines.contains("Subject: =?utf-8?B?SW52aXRhdGlvbiDigJMgQ1RH?="))
            // "Bonjour Marie" in base64, computed with Python.
            #expect(lines.contains("Qm9uam91ciBNYXJpZQ=="))
        } catch {
            try? await server.close()
            try? await pool.shutdownGracefully()
            try? await group.shutdownGracefully()
            throw error
        }
        try await server.close()
        try await pool.shutdownGracefully()
        try await group.shutdownGracefully()
    }

    @Test func aServerThatCannotBeReachedIsAFrenchError() async throws {
        let curl = try #require(CurlMailer.executable())
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        // Port 9 on the loopback: nothing listens there, the connection is refused at once.
        let mailer = CurlMailer(settings: SMTPSettings(url: "smtp://127.0.0.1:9", from: "ctg@caf.example.fr", user: nil,
                                                       password: nil, requireTLS: false), curl: curl, pool: pool)
        await #expect { try await mailer.send(MailMessage(from: "ctg@caf.example.fr", to: "a@b.fr", subject: "x", body: "y")) }
            throws: { ($0 as? AppError)?.reason.hasPrefix("Le serveur de courriel a refusé l'envoi") == true }
        try await pool.shutdownGracefully()
    }

    @Test func settingsAreCheckedAtStartInFrench() throws {
        #expect(try SMTPSettings.from(environment: { _ in nil }) == nil)
        let wrong: [String: String] = ["CTG_SMTP_URL": "http://smtp.example.fr", "CTG_SMTP_FROM": "ctg@caf.fr"]
        #expect(throws: AppError.self) { try SMTPSettings.from(environment: { wrong[$0] }) }
        let noFrom = ["CTG_SMTP_URL": "smtps://smtp.example.fr:465"]
        #expect(throws: AppError.self) { try SMTPSettings.from(environment: { noFrom[$0] }) }
        let full = ["CTG_SMTP_URL": "smtp://smtp.example.fr:587", "CTG_SMTP_FROM": "ctg@caf.fr", "CTG_SMTP_USER": "ctg"]
        #expect(throws: AppError.self) { try SMTPSettings.from(environment: { full[$0] }) }
        var good = full
        good["CTG_SMTP_PASSWORD"] = "secret \"quoted\""
        let settings = try #require(try SMTPSettings.from(environment: { good[$0] }))
        #expect(settings.requireTLS)
        #expect(CurlMailer.quoted(settings.password!) == #"secret \"quoted\""#)
    }
}
