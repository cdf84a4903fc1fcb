Console.WriteLine("admin");
