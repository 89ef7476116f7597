package org.policygraph.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentReaderTests {

	private static final String REPLY = "罗冲代表：\r\n您在市十八届人大一次会议期间提出的建议已收悉。\r\n";

	private final DocumentReader reader = new DocumentReader();

	@TempDir
	Path dir;

	@Test
	void readsUtf8DocumentAndNormalisesLineBreaks() throws IOException {
		Path file = write("002_reply.txt", REPLY.getBytes(StandardCharsets.UTF_8));
		SourceDocument document = this.reader.read(file);
		assertThat(document.id()).isEqualTo("002_reply");
		assertThat(document.path()).isEqualTo(file);
		assertThat(document.text()).isEqualTo("罗冲代表：\n您在市十八届人大一次会议期间提出的建议已收悉。\n");
	}

	@Test
	void readsUtf8DocumentWithByteOrderMark() throws IOException {
		byte[] text = "慈溪市经济和信息化局".getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);
		assertThat(this.reader.read(write("bom.txt", bytes)).text()).isEqualTo("慈溪市经济和信息化局");
	}

	@Test
	void readsGbkDocument() throws IOException {
		Path file = write("gbk.txt", REPLY.getBytes(Charset.forName("GBK")));
		assertThat(this.reader.read(file).text()).startsWith("罗冲代表：\n您在市十八届人大一次会议");
	}

	@Test
	void readsGb18030Document() throws IOException {
		Path file = write("gb18030.txt", "慈溪〔2017〕5号 𠀀".getBytes(Charset.forName("GB18030")));
		assertThat(this.reader.read(file).text()).isEqualTo("慈溪〔2017〕5号 𠀀");
	}

	@Test
	void hashesTheBytesWithSha256() throws IOException {
		Path file = write("abc.txt", "abc".getBytes(StandardCharsets.UTF_8));
		assertThat(this.reader.read(file).contentHash())
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void rejectsEmptyFile() throws IOException {
		Path file = write("empty.txt", new byte[0]);
		assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ": the file is empty");
	}

	@Test
	void rejectsBinaryFile() throws IOException {
		Path file = write("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ": the file is binary, not text");
	}

	@Test
	void rejectsTextMadeOfControlCharacters() throws IOException {
		Path file = write("controls.bin", new byte[] { 1, 2, 3, 4, 5, 6, 'a', 7, 8 });
		assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ": the file is binary, not text");
	}

	@Test
	void rejectsUndecodableFile() throws IOException {
		Path file = write("latin.txt", new byte[] { 'a', (byte) 0xFF, (byte) 0xFF, 'b' });
		assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ": the text is neither UTF-8 nor GBK/GB18030");
	}

	@Test
	void rejectsMissingFile() {
		Path file = this.dir.resolve("missing.txt");
		assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> this.reader.read(file))
			.withMessage(file + ": no such file");
	}

	@Test
	void collectsFilesInGivenOrderAndDirectoriesSortedWithoutHiddenFiles() throws IOException {
		Path single = write("z.txt", new byte[] { 'z' });
		Path corpus = Files.createDirectories(this.dir.resolve("corpus/sub"));
		Path b = write("corpus/b.txt", new byte[] { 'b' });
		Path a = write("corpus/a.txt", new byte[] { 'a' });
		Path nested = write("corpus/sub/c.txt", new byte[] { 'c' });
		write("corpus/.hidden.txt", new byte[] { 'h' });
		Files.createDirectories(this.dir.resolve("corpus/.git"));
		write("corpus/.git/config", new byte[] { 'g' });
		assertThat(corpus).isDirectory();
		assertThat(DocumentReader.collect(List.of(single, this.dir.resolve("corpus")))).containsExactly(single, a, b,
				nested);
	}

	@Test
	void collectRejectsPathThatDoesNotExist() {
		Path missing = this.dir.resolve("nowhere");
		assertThatExceptionOfType(DocumentReadException.class)
			.isThrownBy(() -> DocumentReader.collect(List.of(missing)))
			.withMessage(missing + ": no such file or directory");
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

}
