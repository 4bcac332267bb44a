// Lets the integration tests start the real host (WebApplicationFactory<Program>).
public partial class Program;
